import { Module } from '@nestjs/common';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { ProfileModule } from '../profile/profile.module';
import { SettingsModule } from '../settings/settings.module';
import { TrainingConsumer } from './training.consumer';

/** Completed trainings that certify a level raise the profile's assessed level. */
@Module({
  imports: [DictionaryModule, SettingsModule, ProfileModule],
  controllers: [TrainingConsumer],
})
export class TrainingModule {}
