package eu.agora.twinning;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Twinning's settings ({@link TwinningProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwinningProperties.class)
class TwinningConfiguration {

}
