import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A time as a document gives it: a partial date (2020, 2023-10, 2023-10-07) or a range of them.' })
export class TimeSpan {
  @Field({ description: "As written in the annotation, e.g. '2020' or '2023-10-07/..' (open end)." })
  text!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The earliest day meant; null for an open start.' })
  start!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The latest day meant; null for an open end.' })
  end!: string | null;
}

export function timeSpan(text: string | null, start: string | null, end: string | null): TimeSpan | null {
  return text === null ? null : { text, start, end };
}
