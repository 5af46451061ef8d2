"""One module per CLI subcommand; each exposes ``register(subparsers)``. No analysis logic here."""
