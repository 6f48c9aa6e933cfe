/** Small pieces every module may use: problem types for the REST API and the data directory. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.lectern.shared;
