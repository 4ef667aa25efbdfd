"""Open data fetched from public services (PDOK / CBS): paged OGC API - Features, a cache with date and licence,
and the conversion to layers the prognosis reads."""
