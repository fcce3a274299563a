import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badUserInput, FieldProblem } from './errors';

/** Flattens nested class-validator errors into dotted field paths ("emails.0.address"). */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Every argument and input validated by its class-validator rules; unknown properties refused.
 * A failure becomes BAD_USER_INPUT naming the field, never a 500.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badUserInput(fieldProblems(errors)),
  });
}
