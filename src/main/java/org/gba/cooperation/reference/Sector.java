package org.gba.cooperation.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * An industrial or research sector: a cooperation sector, a frontier field or a future
 * cluster.
 */
@Entity
@Table(name = "sector")
public class Sector extends BaseEntity {

	private String code;

	@Enumerated(EnumType.STRING)
	@Column(name = "sector_group")
	private SectorGroup group;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	private LocalizedText names;

	protected Sector() {
		this.code = "";
		this.group = SectorGroup.COOPERATION_SECTOR;
		this.names = LocalizedText.NONE;
	}

	public String getCode() {
		return this.code;
	}

	public SectorGroup getGroup() {
		return this.group;
	}

	public LocalizedText getNames() {
		return this.names;
	}

}
