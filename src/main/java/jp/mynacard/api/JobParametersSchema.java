package jp.mynacard.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schema of {@code POST /jobs/{jobName}}'s body, which annotations cannot state: an
 * object whose values are each a string, a number or a boolean ({@link JobResource} reads the last
 * two as their text and refuses null). An annotation's {@code additionalProperties} names a Java
 * class, and a class becomes {@code type: object}, which no string matches. Registered as {@code
 * mp.openapi.model.reader}; the resource refers to it by {@link #NAME}.
 */
public class JobParametersSchema implements OASModelReader {
  static final String NAME = "JobParameters";

  @Override
  public OpenAPI buildModel() {
    Schema value =
        OASFactory.createSchema()
            .oneOf(
                List.of(
                    OASFactory.createSchema().type(SchemaType.STRING),
                    OASFactory.createSchema().type(SchemaType.NUMBER),
                    OASFactory.createSchema().type(SchemaType.BOOLEAN)));
    Schema parameters =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description("job parameters by name; leave one out for its default")
            .additionalPropertiesSchema(value);
    return OASFactory.createOpenAPI()
        .components(OASFactory.createComponents().addSchema(NAME, parameters));
  }
}
