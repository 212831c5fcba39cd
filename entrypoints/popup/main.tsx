import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { App } from './App';
import './style.css';

mountPage(<App />, i18n.t('popup.heading'));
