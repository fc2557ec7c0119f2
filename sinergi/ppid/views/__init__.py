"""The PPID's screens: the public pages (public), and the office's requests (office), objections,
registers (DIP and DIK) and annual report, one module per group."""
