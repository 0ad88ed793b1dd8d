"""The rule data under rules/: read once into a bundle, validated against its schema."""
