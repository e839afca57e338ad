package org.gba.cooperation.shared.search;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Money;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a record's amounts (a project's investments, an event's deals: the
 * {@code List<Money>} property annotated
 * {@code @PropertyBinding(binder = @PropertyBinderRef(type = MoneyTotalsBinder.class))})
 * as aggregable totals: their number ({@link #COUNT}) and, per currency, their exact sum
 * in hundredths ({@link #total}), so that the statistics sum them in the engine. Whole
 * hundredths in a {@code long}, never a floating-point amount: a sum of them is exact.
 */
public class MoneyTotalsBinder implements PropertyBinder {

	/** The field of the number of amounts. */
	public static final String COUNT = "amountCount";

	/** Amounts are stored with two decimals ({@link Money}). */
	private static final int SCALE = 2;

	/** The field of the total in a currency, in hundredths. */
	public static String total(CurrencyCode currency) {
		return "amount" + currency.name();
	}

	/** A total read back from the engine, in hundredths, as an amount. */
	public static BigDecimal amount(long hundredths) {
		return BigDecimal.valueOf(hundredths, SCALE);
	}

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<CurrencyCode, IndexFieldReference<Long>> totals = new EnumMap<>(CurrencyCode.class);
		for (CurrencyCode currency : CurrencyCode.values()) {
			totals.put(currency,
					schema
						.field(total(currency), (f) -> f.asLong().aggregable(Aggregable.YES).searchable(Searchable.NO))
						.toReference());
		}
		IndexFieldReference<Long> count = schema
			.field(COUNT, (f) -> f.asLong().aggregable(Aggregable.YES).searchable(Searchable.NO))
			.toReference();
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<List<? extends Amount>> type = (Class) List.class;
		context.bridge(type, new Bridge(totals, count));
	}

	private record Bridge(Map<CurrencyCode, IndexFieldReference<Long>> totals,
			IndexFieldReference<Long> count) implements PropertyBridge<List<? extends Amount>> {

		@Override
		public void write(DocumentElement target, List<? extends Amount> amounts, PropertyBridgeWriteContext context) {
			Map<CurrencyCode, Long> sums = new EnumMap<>(CurrencyCode.class);
			for (CurrencyCode currency : CurrencyCode.values()) {
				sums.put(currency, 0L);
			}
			for (Amount row : amounts) {
				Money money = row.getAmount();
				long hundredths = money.amount().setScale(SCALE).unscaledValue().longValueExact();
				sums.merge(money.currency(), hundredths, Math::addExact);
			}
			sums.forEach((currency, sum) -> target.addValue(this.totals.get(currency), sum));
			target.addValue(this.count, (long) amounts.size());
		}

	}

	/** A row with an amount of money: an investment, a deal. */
	public interface Amount {

		Money getAmount();

	}

}
