"""``claimcheck serve``: a local page where an editor pastes or uploads an article and sees its findings.

Needs the optional extra ``pip install 'claimcheck[web]'`` (Starlette, uvicorn,
python-multipart, and the readers of web pages and Word files). ``app`` builds
the application, ``server`` runs it; neither is imported by the rest of
claimcheck.
"""
