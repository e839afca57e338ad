/**
 * Text handling shared by every module: Chinese script conversion and the normal form
 * searches use.
 */
@NullMarked
package org.gba.cooperation.shared.text;

import org.jspecify.annotations.NullMarked;
