package org.gba.cooperation.graphql;

/**
 * Who may ask the schema about itself ({@code __schema}, {@code __type});
 * {@code __typename} is always allowed.
 */
public enum IntrospectionAccess {

	/** Every caller, anonymous ones included: the embedded default, for GraphiQL. */
	ALL,

	/** Callers with a valid bearer token only: the production default. */
	AUTHENTICATED,

	/** No caller. */
	NONE

}
