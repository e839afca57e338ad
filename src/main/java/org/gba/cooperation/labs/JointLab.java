package org.gba.cooperation.labs;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/** A Guangdong-Hong Kong-Macao joint laboratory (粵港澳聯合實驗室). */
@Entity
@Table(name = "joint_lab")
public class JointLab extends ArchivableEntity {

	@Column(name = "sector_id")
	private long sectorId;

	@Column(name = "host_city_id")
	private long hostCityId;

	@Enumerated(EnumType.STRING)
	private JointLabStatus status;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	private LocalizedText names;

	/** Where the names sort for each reader's language, made from them on every write. */
	@Embedded
	@EmbeddedColumnNaming("name_sort_%s")
	private NameSortKeys nameSortKeys = NameSortKeys.NONE;

	@Embedded
	@EmbeddedColumnNaming("description_%s")
	private @Nullable LocalizedText descriptions;

	protected JointLab() {
		this.status = JointLabStatus.PLANNED;
		this.startDate = LocalDate.EPOCH;
		this.names = LocalizedText.NONE;
		this.descriptions = this.names;
	}

	JointLab(LocalizedText names, LocalizedText descriptions, long sectorId, long hostCityId, LocalDate startDate) {
		this.names = names;
		this.descriptions = descriptions;
		this.sectorId = sectorId;
		this.hostCityId = hostCityId;
		this.startDate = startDate;
		this.status = JointLabStatus.PLANNED;
	}

	void rename(LocalizedText names) {
		this.names = names;
	}

	@PrePersist
	@PreUpdate
	void sortNames() {
		this.nameSortKeys = NameSortKeys.of(this.names);
	}

	void describe(LocalizedText descriptions) {
		this.descriptions = descriptions;
	}

	void assignSector(long sectorId) {
		this.sectorId = sectorId;
	}

	void moveTo(long hostCityId) {
		this.hostCityId = hostCityId;
	}

	void schedule(LocalDate startDate, @Nullable LocalDate endDate) {
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void changeStatus(JointLabStatus status) {
		this.status = status;
	}

	public long getSectorId() {
		return this.sectorId;
	}

	public long getHostCityId() {
		return this.hostCityId;
	}

	public JointLabStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public LocalizedText getNames() {
		return this.names;
	}

	NameSortKeys getNameSortKeys() {
		return this.nameSortKeys;
	}

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

}
