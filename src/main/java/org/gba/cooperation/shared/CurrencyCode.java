package org.gba.cooperation.shared;

/**
 * The ISO 4217 currencies the API accepts (named so as not to clash with
 * {@link java.util.Currency}).
 */
public enum CurrencyCode {

	CNY, HKD, MOP, USD

}
