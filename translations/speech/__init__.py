"""Read-aloud made on the server: espeak-ng speaks the content of a published page.

* text.py: what is spoken, built from the content model (never from rendered HTML, so
  skip links, glossary lists, buttons and backlinks are never read out).
* engine.py: espeak-ng makes a WAV; opusenc (or lame) makes it small.
* service.py: one track per published revision and language, in the default storage.
* tasks.py / signals.py: a publish enqueues the work after the commit; a visitor's
  request only ever looks a finished track up.
"""
