/** Flexible talent arrangements (柔性引才): people working for a host without being employed by it. */
@NullMarked
package org.gba.cooperation.talent;

import org.jspecify.annotations.NullMarked;
