/** Break-glass: time-limited, audited emergency access of a user to one record it may not normally see. */
package nl.zvh.platform.breakglass;
