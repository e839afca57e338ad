/** Cross-border cooperation projects: participants, investments and milestones. */
@NullMarked
package org.gba.cooperation.projects;

import org.jspecify.annotations.NullMarked;
