"""Discovery: the files a scan reads, the repository they belong to, and the key of it all."""
