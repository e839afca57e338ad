package org.gba.cooperation.talent;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentArrangementRepository extends JpaRepository<TalentArrangement, Long> {

}
