package org.gba.cooperation.reference;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A city of Guangdong, or one of the two special administrative regions. */
@Entity
@Table(name = "city")
public class City extends BaseEntity {

	private String code;

	@Enumerated(EnumType.STRING)
	private Jurisdiction jurisdiction;

	@Enumerated(EnumType.STRING)
	private Region region;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	private LocalizedText names;

	protected City() {
		this.code = "";
		this.jurisdiction = Jurisdiction.GUANGDONG;
		this.region = Region.PEARL_RIVER_DELTA;
		this.names = LocalizedText.NONE;
	}

	public String getCode() {
		return this.code;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public Region getRegion() {
		return this.region;
	}

	public LocalizedText getNames() {
		return this.names;
	}

}
