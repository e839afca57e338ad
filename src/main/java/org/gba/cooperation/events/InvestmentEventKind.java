package org.gba.cooperation.events;

/** The kind of an investment promotion event. */
public enum InvestmentEventKind {

	CONFERENCE, EXPO, TRADE_FAIR, ROADSHOW, FORUM

}
