"""gunicorn settings for a Helder app server: `gunicorn -c deploy/gunicorn.conf.py`.

Everything site-specific comes from the environment (deploy/helder.env.example).
"""

import multiprocessing
import os

wsgi_app = "helder.wsgi:application"
bind = os.environ.get("HELDER_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("HELDER_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("HELDER_THREADS", "1"))
# A slow letter PDF may take a while; a hung worker is replaced after this.
timeout = int(os.environ.get("HELDER_TIMEOUT", "60"))
graceful_timeout = 30
# Replace workers now and then, so a slow leak cannot grow without end.
max_requests = 2000
max_requests_jitter = 200
# The proxy in front sets X-Forwarded-Proto; only trust it from there.
forwarded_allow_ips = os.environ.get("HELDER_FORWARDED_ALLOW_IPS", "127.0.0.1")

# The access log keeps no personal data: no client address (an IP address is personal
# data), no user agent, no referrer, and no query string under /medewerkers/ and /api/
# (helder.security.access_log). What is left says what was asked, how it went, how fast.
accesslog = "-"
errorlog = "-"
logger_class = "helder.security.access_log.PrivacyLogger"
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms'
