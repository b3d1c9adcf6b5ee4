package org.clientportal.domain.attachment;

/**
 * What an attachment can belong to. A new kind of parent is one value here, with its branch in the
 * portal's row-level security policy and its route.
 */
public enum ParentKind {
    TASK,
    UPDATE,
    COMMENT,
    ASK
}
