"""mailbot: runs a company's info@ mailbox under the GDPR."""

__version__ = "0.1.0"
