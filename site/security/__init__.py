"""Security headers for every response and privacy of the access log."""
