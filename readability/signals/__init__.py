"""One module per signal: small pure functions, each with its rule in the docstring."""
