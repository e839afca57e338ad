package org.gba.cooperation.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
import org.gba.cooperation.shared.search.NameSortKeysBinder;
import org.gba.cooperation.shared.search.NamesBinder;
import org.gba.cooperation.shared.search.NormalFormBridge;
import org.gba.cooperation.shared.search.SearchAnalysis;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.jspecify.annotations.Nullable;

/**
 * An organisation taking part in cooperation. Other aggregates refer to it by ID only,
 * which keeps modules apart and every association batch-loadable.
 */
@Entity
@Indexed
@BatchSize(size = 100)
@Table(name = "organization")
public class Organization extends ArchivableEntity {

	@Enumerated(EnumType.STRING)
	@KeywordField
	private OrganizationKind kind;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private Jurisdiction jurisdiction;

	@Column(name = "city_id")
	@GenericField
	private long cityId;

	@Column(name = "sector_id")
	@GenericField
	private @Nullable Long sectorId;

	@GenericField
	private boolean chainLeader;

	@FullTextField(analyzer = SearchAnalysis.INDEX, searchAnalyzer = SearchAnalysis.QUERY,
			valueBridge = @ValueBridgeRef(type = NormalFormBridge.class))
	@KeywordField(name = "abbreviationExact", valueBridge = @ValueBridgeRef(type = NormalFormBridge.class))
	private @Nullable String abbreviation;

	private @Nullable String website;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))
	private LocalizedText names;

	/** Where the names sort for each reader's language, made from them on every write. */
	@Embedded
	@EmbeddedColumnNaming("name_sort_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NameSortKeysBinder.class))
	private NameSortKeys nameSortKeys = NameSortKeys.NONE;

	protected Organization() {
		this.kind = OrganizationKind.ENTERPRISE;
		this.jurisdiction = Jurisdiction.GUANGDONG;
		this.names = LocalizedText.NONE;
	}

	Organization(LocalizedText names, OrganizationKind kind, long cityId, Jurisdiction jurisdiction,
			@Nullable Long sectorId, boolean chainLeader, @Nullable String abbreviation, @Nullable String website) {
		this.names = names;
		this.kind = kind;
		this.cityId = cityId;
		this.jurisdiction = jurisdiction;
		this.sectorId = sectorId;
		this.chainLeader = chainLeader;
		this.abbreviation = abbreviation;
		this.website = website;
	}

	void rename(LocalizedText names) {
		this.names = names;
	}

	@PrePersist
	@PreUpdate
	void sortNames() {
		this.nameSortKeys = NameSortKeys.of(this.names);
	}

	void changeKind(OrganizationKind kind) {
		this.kind = kind;
	}

	/** Moves the seat; the jurisdiction is the new city's, never chosen apart from it. */
	void moveTo(long cityId, Jurisdiction jurisdiction) {
		this.cityId = cityId;
		this.jurisdiction = jurisdiction;
	}

	void assignSector(@Nullable Long sectorId) {
		this.sectorId = sectorId;
	}

	void designateChainLeader(boolean chainLeader) {
		this.chainLeader = chainLeader;
	}

	void abbreviate(@Nullable String abbreviation) {
		this.abbreviation = abbreviation;
	}

	void changeWebsite(@Nullable String website) {
		this.website = website;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public long getCityId() {
		return this.cityId;
	}

	public @Nullable Long getSectorId() {
		return this.sectorId;
	}

	public boolean isChainLeader() {
		return this.chainLeader;
	}

	public @Nullable String getAbbreviation() {
		return this.abbreviation;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

	public LocalizedText getNames() {
		return this.names;
	}

	NameSortKeys getNameSortKeys() {
		return this.nameSortKeys;
	}

}
