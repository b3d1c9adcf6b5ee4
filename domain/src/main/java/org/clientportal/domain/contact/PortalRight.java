package org.clientportal.domain.contact;

/** What a client's contact may do in the portal, beyond seeing what is shared with the client. */
public enum PortalRight {
    /** See the client's shared projects, tasks, updates and files. Every contact has it. */
    VIEW,
    /** File task requests, bug reports and questions. */
    REQUEST,
    /** Attach files to what the contact may see. */
    UPLOAD,
    /** Approve deliverables (and, later, reports). */
    APPROVE
}
