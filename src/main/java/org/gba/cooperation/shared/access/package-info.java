/** Who is calling and what they may see: the contract every module reads through. */
@NullMarked
@NamedInterface("access")
package org.gba.cooperation.shared.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
