/**
 * Text handling shared by every module: Chinese script conversion, the normal form
 * searches use, and the collations names sort in (ICU).
 */
@NullMarked
package org.gba.cooperation.shared.text;

import org.jspecify.annotations.NullMarked;
