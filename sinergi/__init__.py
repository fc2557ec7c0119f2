"""Sinergi: the platform a government public-relations forum works on."""
