"""The meetings' screens, one module per group: meetings and series (meetings), minutes, follow-up
actions (actions), attendance, the materials library (materials), calendar feeds (calendar), and
the public agenda and minutes on the portal (agenda, public)."""
