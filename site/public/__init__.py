"""The public site for citizens: search, glossary, feedback, caching, sitemap and robots.txt."""
