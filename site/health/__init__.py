"""Liveness and readiness for load balancers and orchestrators, and calm answers to faults."""
