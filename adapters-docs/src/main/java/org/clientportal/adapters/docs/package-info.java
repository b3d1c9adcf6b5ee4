/** The Klevar Docs API client: the portal's pulls of documents and invoices. */
package org.clientportal.adapters.docs;
