"""Writers: everything that changes a file on disk goes through here."""
