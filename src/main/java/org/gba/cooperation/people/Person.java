package org.gba.cooperation.people;

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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.jspecify.annotations.Nullable;

/** A person. E-mail and phone are personal data under PIPL, PDPO and PDPA. */
@Entity
@Indexed
@BatchSize(size = 100)
@Table(name = "person")
public class Person extends ArchivableEntity {

	@Enumerated(EnumType.STRING)
	@KeywordField
	private Jurisdiction homeJurisdiction;

	@Column(name = "affiliation_id")
	@GenericField
	private @Nullable Long affiliationId;

	@Column(name = "expertise_sector_id")
	@GenericField
	private @Nullable Long expertiseSectorId;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))
	private LocalizedText names;

	/** Where the names sort for each reader's language, made from them on every write. */
	@Embedded
	@EmbeddedColumnNaming("name_sort_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NameSortKeysBinder.class))
	private NameSortKeys nameSortKeys = NameSortKeys.NONE;

	@Column(name = "title_en")
	private @Nullable String title;

	private @Nullable String email;

	private @Nullable String phone;

	protected Person() {
		this.homeJurisdiction = Jurisdiction.GUANGDONG;
		this.names = LocalizedText.NONE;
	}

	Person(LocalizedText names, @Nullable String title, @Nullable String email, @Nullable String phone,
			Jurisdiction homeJurisdiction, @Nullable Long affiliationId, @Nullable Long expertiseSectorId) {
		this.names = names;
		this.title = title;
		this.email = email;
		this.phone = phone;
		this.homeJurisdiction = homeJurisdiction;
		this.affiliationId = affiliationId;
		this.expertiseSectorId = expertiseSectorId;
	}

	void rename(LocalizedText names) {
		this.names = names;
	}

	@PrePersist
	@PreUpdate
	void sortNames() {
		this.nameSortKeys = NameSortKeys.of(this.names);
	}

	void giveTitle(@Nullable String title) {
		this.title = title;
	}

	void changeEmail(@Nullable String email) {
		this.email = email;
	}

	void changePhone(@Nullable String phone) {
		this.phone = phone;
	}

	void moveHome(Jurisdiction homeJurisdiction) {
		this.homeJurisdiction = homeJurisdiction;
	}

	void affiliateWith(@Nullable Long affiliationId) {
		this.affiliationId = affiliationId;
	}

	void assignExpertise(@Nullable Long expertiseSectorId) {
		this.expertiseSectorId = expertiseSectorId;
	}

	public Jurisdiction getHomeJurisdiction() {
		return this.homeJurisdiction;
	}

	public @Nullable Long getAffiliationId() {
		return this.affiliationId;
	}

	public @Nullable Long getExpertiseSectorId() {
		return this.expertiseSectorId;
	}

	public LocalizedText getNames() {
		return this.names;
	}

	NameSortKeys getNameSortKeys() {
		return this.nameSortKeys;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

}
