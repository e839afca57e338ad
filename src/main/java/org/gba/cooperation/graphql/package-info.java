/**
 * GraphQL infrastructure shared by every module: scalars, global IDs on every {@code Node},
 * localised fields, {@code node}/{@code nodes}, and the one place exceptions become GraphQL errors.
 */
@NullMarked
package org.gba.cooperation.graphql;

import org.jspecify.annotations.NullMarked;
