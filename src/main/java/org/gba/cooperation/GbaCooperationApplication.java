package org.gba.cooperation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Greater Bay Area cooperation GraphQL API. Each direct sub-package is one
 * application module (Spring Modulith): the four cooperation domains, their shared
 * reference data, and the infrastructure that serves them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GbaCooperationApplication {

	public static void main(String[] args) {
		SpringApplication.run(GbaCooperationApplication.class, args);
	}

}
