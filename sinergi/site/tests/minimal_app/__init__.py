"""An app as small as an app can be, installed only by the registry test: it changes no other app."""
