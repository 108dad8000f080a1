"""The domain: handout documents, the library, brand profiles and what they hold."""
