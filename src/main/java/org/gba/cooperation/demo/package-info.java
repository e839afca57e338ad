/** The demo data of the embedded default: believable organisations, labs, events, talent and projects. */
@NullMarked
package org.gba.cooperation.demo;

import org.jspecify.annotations.NullMarked;
