package org.gba.cooperation.shared.paging;

/** One item of a connection with its cursor. */
public record Edge<T>(String cursor, T node) {
}
