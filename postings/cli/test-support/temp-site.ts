// Moved to postings/test-support/; this forwarder goes once every importer uses the new place.
export * from '../../test-support/temp-site.js';
