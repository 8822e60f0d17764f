package jp.mynacard.ui;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Lets the screens read (and the validity form write) the API's own request and answer classes,
 * which are JSON-B classes with public fields and no getters: the screens show exactly what the API
 * answers, without a second set of view classes. Only our own classes' public instance fields.
 */
public class PublicFieldResolver extends ELResolver {
  private static Field field(Object base, Object property) {
    if (base == null
        || !(property instanceof String name)
        || !base.getClass().getName().startsWith("jp.mynacard.")) {
      return null;
    }
    try {
      Field f = base.getClass().getField(name);
      return Modifier.isStatic(f.getModifiers()) ? null : f;
    } catch (NoSuchFieldException notAField) {
      return null;
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Field f = field(base, property);
    if (f == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return f.get(base);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Field f = field(base, property);
    if (f == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return Modifier.isFinal(f.getModifiers()) ? null : f.getType();
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    Field f = field(base, property);
    if (f == null) {
      return;
    }
    context.setPropertyResolved(base, property);
    try {
      f.set(base, value);
    } catch (IllegalAccessException e) {
      throw new jakarta.el.PropertyNotWritableException(String.valueOf(property), e);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    Field f = field(base, property);
    if (f == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return Modifier.isFinal(f.getModifiers());
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? null : String.class;
  }
}
