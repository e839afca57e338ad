package org.gba.cooperation.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gba.cooperation.shared.CurrencyCode;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long> {

	List<ExchangeRate> findByEffectiveDateLessThanEqual(LocalDate latest);

	Optional<ExchangeRate> findByBaseAndQuoteAndEffectiveDate(CurrencyCode base, CurrencyCode quote,
			LocalDate effectiveDate);

}
