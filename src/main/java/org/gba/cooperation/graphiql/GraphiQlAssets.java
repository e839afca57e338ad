package org.gba.cooperation.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's own script and style sheet at {@code /graphiql/assets/**}. GraphiQL
 * and React come from their WebJars at {@code /webjars/**}, which Spring Boot serves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnGraphiQlEnabled
class GraphiQlAssets implements WebMvcConfigurer {

	static final String PATH = "/graphiql/assets/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Revalidated on every load (Last-Modified), so an upgrade is picked up at once,
		// yet unchanged
		// files are not sent again.
		registry.addResourceHandler(PATH + "**")
			.addResourceLocations("classpath:/graphiql/assets/")
			.setCacheControl(CacheControl.noCache());
	}

}
