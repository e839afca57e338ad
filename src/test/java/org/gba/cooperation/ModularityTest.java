package org.gba.cooperation;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no cycles, and no module reaches into another's internals. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(GbaCooperationApplication.class).verify();
	}

}
