import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { QUESTION_CODE, SURVEY_LIMITS } from '../domain/survey';

export class RatingDto {
  @ApiProperty({ example: 'APPLIED_AT_WORK' })
  @Matches(QUESTION_CODE, { message: 'questionCode must be UPPER_SNAKE_CASE' })
  questionCode!: string;

  /** 1 (no effect) .. 5 (strong effect). */
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @IsInt()
  @Min(1)
  @Max(5)
  value!: number;
}

/** Level 1: relevance, satisfaction, wouldRecommend (and optionally learning); level 3: ratings. */
export class SurveyAnswerDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Level 1: relevance to the work' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  relevance?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Level 1: overall satisfaction' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number;

  @ApiPropertyOptional({ description: 'Level 1: would recommend the programme' })
  @IsOptional()
  @IsBoolean()
  wouldRecommend?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Level 2 self-rating (optional)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  learning?: number;

  @ApiPropertyOptional({ type: [RatingDto], description: 'Level 3: every agency question 1-5' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings?: RatingDto[];

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Free text; kept in training, never published',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class SurveyQueryDto {
  @ApiPropertyOptional({ description: 'Admins only: whose surveys' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  respondentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  programId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  enrollmentId?: string;

  @ApiPropertyOptional({ enum: ['SCHEDULED', 'OPEN', 'ANSWERED'] })
  @IsOptional()
  @IsIn(['SCHEDULED', 'OPEN', 'ANSWERED'])
  status?: string;
}

export class QuestionTextDto {
  @ApiProperty() @IsString() @Length(3, 500) id!: string;
  @ApiProperty() @IsString() @Length(3, 500) en!: string;
}

export class QuestionDto {
  @ApiProperty({ example: 'APPLIED_AT_WORK' })
  @Matches(QUESTION_CODE, { message: 'code must be UPPER_SNAKE_CASE' })
  code!: string;

  @ApiProperty({ type: QuestionTextDto })
  @ValidateNested()
  @Type(() => QuestionTextDto)
  text!: QuestionTextDto;
}

export class SurveySettingsDto {
  /** Weeks from completion to the level-3 follow-up (default 12). */
  @ApiProperty({
    minimum: SURVEY_LIMITS.followUpWeeks[0],
    maximum: SURVEY_LIMITS.followUpWeeks[1],
    example: 12,
  })
  @IsInt()
  @Min(SURVEY_LIMITS.followUpWeeks[0])
  @Max(SURVEY_LIMITS.followUpWeeks[1])
  followUpWeeks!: number;

  /** Days to answer, and between reminders (default 14). */
  @ApiProperty({
    minimum: SURVEY_LIMITS.answerDays[0],
    maximum: SURVEY_LIMITS.answerDays[1],
    example: 14,
  })
  @IsInt()
  @Min(SURVEY_LIMITS.answerDays[0])
  @Max(SURVEY_LIMITS.answerDays[1])
  answerDays!: number;

  @ApiProperty({
    minimum: SURVEY_LIMITS.maxReminders[0],
    maximum: SURVEY_LIMITS.maxReminders[1],
    example: 2,
  })
  @IsInt()
  @Min(SURVEY_LIMITS.maxReminders[0])
  @Max(SURVEY_LIMITS.maxReminders[1])
  maxReminders!: number;

  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMinSize(SURVEY_LIMITS.questions[0])
  @ArrayMaxSize(SURVEY_LIMITS.questions[1])
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  level3Questions!: QuestionDto[];

  /** The revision you read; leave out while the defaults apply. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;
}
